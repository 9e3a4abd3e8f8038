import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CONTENT = JSON.stringify({ schemaVersion: '2.2', description: 'Print the host name', mainSteps: [{ action: 'aws:runShellScript', name: 'hostname', inputs: { runCommand: ['hostname'] } }] });

/** A Command document's planned values, with `permissions` as the provider's map (or null). */
const planned = (name: string, permissions: Record<string, string> | null) => ({ name, document_type: 'Command', document_format: 'JSON', content: CONTENT, permissions, tags: null });
const computed = { arn: true, created_date: true, default_version: true, description: true, document_version: true, hash: true, hash_type: true, id: true, latest_version: true, owner: true, parameter: true, platform_types: true, schema_version: true, status: true, tags_all: true };

export default [
  {
    name: 'cloudformation: a template can not share a document, so the rule does not apply',
    template: `
Resources:
  HostnameDocument:
    Type: AWS::SSM::Document
    Properties:
      Name: print-hostname
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        description: Print the host name
        mainSteps:
          - action: aws:runShellScript
            name: hostname
            inputs:
              runCommand: [hostname]
`,
    expect: { HostnameDocument: { status: 'NOT_APPLICABLE', messageIncludes: 'no property for sharing' } },
  },
  {
    name: 'hcl: documents shared with all accounts, with named accounts, with no one, and with accounts from a variable',
    hcl: `
variable "partner_accounts" {
  type = string
}

locals {
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Print the host name"
    mainSteps     = [{ action = "aws:runShellScript", name = "hostname", inputs = { runCommand = ["hostname"] } }]
  })
}

resource "aws_ssm_document" "private" {
  name          = "print-hostname"
  document_type = "Command"
  content       = local.content
}

resource "aws_ssm_document" "public" {
  name          = "print-hostname-public"
  document_type = "Command"
  content       = local.content

  permissions = {
    type        = "Share"
    account_ids = "All"
  }
}

resource "aws_ssm_document" "partners" {
  name          = "print-hostname-partners"
  document_type = "Command"
  content       = local.content

  permissions = {
    type        = "Share"
    account_ids = "111122223333,444455556666"
  }
}

resource "aws_ssm_document" "partners_and_everyone" {
  name          = "print-hostname-everyone"
  document_type = "Command"
  content       = local.content

  permissions = {
    type        = "Share"
    account_ids = "111122223333,all"
  }
}

resource "aws_ssm_document" "from_variable" {
  name          = "print-hostname-variable"
  document_type = "Command"
  content       = local.content

  permissions = {
    type        = "Share"
    account_ids = var.partner_accounts
  }
}
`,
    expect: {
      'aws_ssm_document.private': { status: 'COMPLIANT', messageId: 'private', path: ['SharedAccountIds'] },
      'aws_ssm_document.public': { status: 'NON_COMPLIANT', messageId: 'public', path: ['SharedAccountIds'] },
      'aws_ssm_document.partners': { status: 'COMPLIANT', messageId: 'shared', messageIncludes: '111122223333, 444455556666' },
      'aws_ssm_document.partners_and_everyone': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_ssm_document.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: the accounts given as a list, which the provider does not take, are malformed, never passed',
    hcl: `
resource "aws_ssm_document" "listed" {
  name          = "print-hostname-listed"
  document_type = "Command"
  content       = "{}"

  permissions = {
    type        = "Share"
    account_ids = ["111122223333"]
  }
}
`,
    expect: { 'aws_ssm_document.listed': { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' } },
  },
  {
    name: 'hcl: permissions written as a block, as configurations for older Terraform versions did',
    hcl: `
resource "aws_ssm_document" "legacy" {
  name          = "print-hostname-legacy"
  document_type = "Command"
  content       = "{}"

  permissions {
    type        = "Share"
    account_ids = "All"
  }
}
`,
    expect: { 'aws_ssm_document.legacy': { status: 'NON_COMPLIANT', messageId: 'public' } },
  },
  {
    name: 'plan: a document made public, one shared with an account, one not shared, and one shared with accounts known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ssm_document.public', planned('print-hostname-public', { type: 'Share', account_ids: 'All' }), computed),
        created('aws_ssm_document.partner', planned('print-hostname-partner', { type: 'Share', account_ids: '111122223333' }), computed),
        created('aws_ssm_document.private', planned('print-hostname', null), computed),
        created('aws_ssm_document.computed', planned('print-hostname-org', { type: 'Share' }), { ...computed, permissions: { account_ids: true } }),
      ],
    },
    expect: {
      'aws_ssm_document.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_ssm_document.partner': { status: 'COMPLIANT', messageId: 'shared', messageIncludes: '111122223333' },
      'aws_ssm_document.private': { status: 'COMPLIANT', messageId: 'private' },
      'aws_ssm_document.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
