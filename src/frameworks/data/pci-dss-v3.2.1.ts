/**
 * PCI DSS v3.2.1: the requirements AWS maps its checks to, not the whole standard.
 *
 * Scope: the requirements that Security Hub's PCI DSS v3.2.1 standard (its PCI.* controls) and AWS's
 * Operational Best Practices for PCI DSS 3.2.1 conformance pack map AWS Config rules to (as collected in the
 * project's rule catalog), and those AWS's conformance-pack mapping (aws-guard-rules-registry,
 * mappings/rule_set_pci_dss_3_2_1.json) names for the rules neither of those maps. Process requirements no
 * configuration check can assess are left out. Titles are short forms of the requirement text.
 */
import type { FrameworkDefinition } from '../types.js';

export const PCI_DSS_V3_2_1: FrameworkDefinition = {
  id: 'PCI-DSS-v3.2.1',
  controls: [
    { id: '1.2', title: 'Build firewall and router configurations that restrict connections between untrusted networks and any system components in the cardholder data environment' },
    { id: '1.2.1', title: 'Restrict inbound and outbound traffic to that which is necessary for the cardholder data environment, and specifically deny all other traffic' },
    { id: '1.3', title: 'Prohibit direct public access between the Internet and any system component in the cardholder data environment' },
    { id: '1.3.1', title: 'Implement a DMZ to limit inbound traffic to only system components that provide authorized publicly accessible services, protocols, and ports' },
    { id: '1.3.2', title: 'Limit inbound Internet traffic to IP addresses within the DMZ' },
    { id: '1.3.4', title: 'Do not allow unauthorized outbound traffic from the cardholder data environment to the Internet' },
    { id: '1.3.6', title: 'Place system components that store cardholder data in an internal network zone, segregated from the DMZ and other untrusted networks' },
    { id: '2.1', title: 'Always change vendor-supplied defaults and remove or disable unnecessary default accounts before installing a system on the network' },
    { id: '2.2', title: 'Develop configuration standards for all system components that address all known security vulnerabilities and are consistent with industry-accepted system hardening standards' },
    { id: '2.2.2', title: 'Enable only necessary services, protocols, daemons, etc., as required for the function of the system' },
    { id: '2.3', title: 'Encrypt all non-console administrative access using strong cryptography' },
    { id: '2.4', title: 'Maintain an inventory of system components that are in scope for PCI DSS' },
    { id: '3.1', title: 'Keep cardholder data storage to a minimum by implementing data retention and disposal policies, procedures and processes' },
    { id: '3.4', title: 'Render PAN unreadable anywhere it is stored' },
    { id: '3.5', title: 'Document and implement procedures to protect keys used to secure stored cardholder data against disclosure and misuse' },
    { id: '3.6', title: 'Fully document and implement all key-management processes and procedures for cryptographic keys used for encryption of cardholder data' },
    { id: '3.6.4', title: 'Cryptographic key changes for keys that have reached the end of their cryptoperiod' },
    { id: '4.1', title: 'Use strong cryptography and security protocols to safeguard sensitive cardholder data during transmission over open, public networks' },
    { id: '6.2', title: 'Ensure that all system components and software are protected from known vulnerabilities by installing applicable vendor-supplied security patches' },
    { id: '6.6', title: 'For public-facing web applications, address new threats and vulnerabilities on an ongoing basis and ensure these applications are protected against known attacks' },
    { id: '7.1.1', title: 'Define access needs for each role' },
    { id: '7.1.2', title: 'Restrict access to privileged user IDs to least privileges necessary to perform job responsibilities' },
    { id: '7.1.3', title: 'Assign access based on individual personnel\'s job classification and function' },
    { id: '7.2.1', title: 'Coverage of all system components by an access control system' },
    { id: '7.2.2', title: 'Access control systems assign privileges to individuals based on job classification and function' },
    { id: '8.1.4', title: 'Remove/disable inactive user accounts within 90 days' },
    { id: '8.2.1', title: 'Using strong cryptography, render all authentication credentials unreadable during transmission and storage on all system components' },
    { id: '8.2.3', title: 'Passwords/passphrases must require a minimum length of at least seven characters and contain both numeric and alphabetic characters' },
    { id: '8.2.4', title: 'Change user passwords/passphrases at least once every 90 days' },
    { id: '8.2.5', title: 'Do not allow an individual to submit a new password/passphrase that is the same as any of the last four passwords/passphrases used' },
    { id: '8.3.1', title: 'Incorporate multi-factor authentication for all non-console access into the CDE for personnel with administrative access' },
    { id: '10.1', title: 'Implement audit trails to link all access to system components to each individual user' },
    { id: '10.2.1', title: 'Audit trails record all individual user accesses to cardholder data' },
    { id: '10.2.2', title: 'Audit trails record all actions taken by any individual with root or administrative privileges' },
    { id: '10.2.3', title: 'Audit trails record access to all audit trails' },
    { id: '10.2.4', title: 'Audit trails record invalid logical access attempts' },
    { id: '10.2.5', title: 'Audit trails record use of and changes to identification and authentication mechanisms' },
    { id: '10.2.6', title: 'Audit trails record initialization, stopping, or pausing of the audit logs' },
    { id: '10.2.7', title: 'Audit trails record creation and deletion of system-level objects' },
    { id: '10.3.1', title: 'Audit trail entries record user identification' },
    { id: '10.3.2', title: 'Audit trail entries record the type of event' },
    { id: '10.3.3', title: 'Audit trail entries record the date and time' },
    { id: '10.3.4', title: 'Audit trail entries record success or failure indication' },
    { id: '10.3.5', title: 'Audit trail entries record the origination of event' },
    { id: '10.3.6', title: 'Audit trail entries record the identity or name of affected data, system component, or resource' },
    { id: '10.5', title: 'Secure audit trails so they cannot be altered' },
    { id: '10.5.2', title: 'Protect audit trail files from unauthorized modifications' },
    { id: '10.5.3', title: 'Promptly back up audit trail files to a centralized log server or media that is difficult to alter' },
    { id: '10.5.4', title: 'Write logs for external-facing technologies onto a secure, centralized, internal log server or media device' },
    { id: '10.5.5', title: 'Use file-integrity monitoring or change-detection software on logs to ensure that existing log data cannot be changed without generating alerts' },
    { id: '10.7', title: 'Retain audit trail history for at least one year, with a minimum of three months immediately available for analysis' },
    { id: '11.4', title: 'Use intrusion-detection and/or intrusion-prevention techniques to detect and/or prevent intrusions into the network' },
  ],
};
