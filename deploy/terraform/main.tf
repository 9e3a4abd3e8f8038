# Registers the Tosei run task with an HCP Terraform organization and attaches it to a workspace
# (the seed's design). Point run_task_url at `tosei serve` (https://HOST/run-task) or at the
# RunTaskUrl output of deploy/run-task.yaml; give the same HMAC key as the endpoint has.

terraform {
  required_version = ">= 1.3"
  required_providers {
    tfe = {
      source  = "hashicorp/tfe"
      version = ">= 0.51"
    }
  }
}

provider "tfe" {
  hostname = var.tfe_hostname
}

variable "tfe_hostname" {
  description = "HCP Terraform or Terraform Enterprise host name."
  type        = string
  default     = "app.terraform.io"
}

variable "organization" {
  description = "HCP Terraform organization."
  type        = string
}

variable "workspace_name" {
  description = "Workspace the run task runs on."
  type        = string
}

variable "run_task_url" {
  description = "The run task endpoint: https://HOST/run-task."
  type        = string

  validation {
    condition     = can(regex("^https://.+/run-task$", var.run_task_url))
    error_message = "run_task_url must be an https URL ending in /run-task."
  }
}

variable "hmac_key" {
  description = "HMAC key shared with the endpoint (TOSEI_HMAC_KEY, or the Secrets Manager secret of deploy/run-task.yaml)."
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.hmac_key) >= 16
    error_message = "Use an HMAC key of at least 16 characters."
  }
}

variable "stage" {
  description = "When the task runs: post_plan (plan JSON, the default) or pre_plan (configuration only)."
  type        = string
  default     = "post_plan"

  validation {
    condition     = contains(["pre_plan", "post_plan", "pre_apply"], var.stage)
    error_message = "stage must be pre_plan, post_plan or pre_apply."
  }
}

variable "enforcement_level" {
  description = "mandatory blocks the run when Tosei finds violations; advisory only warns."
  type        = string
  default     = "mandatory"

  validation {
    condition     = contains(["mandatory", "advisory"], var.enforcement_level)
    error_message = "enforcement_level must be mandatory or advisory."
  }
}

resource "tfe_organization_run_task" "tosei" {
  organization = var.organization
  name         = "tosei"
  url          = var.run_task_url
  hmac_key     = var.hmac_key
  enabled      = true
  description  = "Tosei policy-as-code checks for AWS"
}

data "tfe_workspace" "target" {
  name         = var.workspace_name
  organization = var.organization
}

resource "tfe_workspace_run_task" "tosei" {
  workspace_id      = data.tfe_workspace.target.id
  task_id           = tfe_organization_run_task.tosei.id
  enforcement_level = var.enforcement_level
  stages            = [var.stage]
}

output "run_task_id" {
  value = tfe_organization_run_task.tosei.id
}
