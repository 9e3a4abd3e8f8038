# A small Terraform configuration scanned as HCL (Tosei example): no terraform binary needed.

variable "environment" {
  type    = string
  default = "prod"
}

variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

locals {
  name = "example-${var.environment}"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Compliant with VPC_FLOW_LOGS_ENABLED: the flow log refers to the VPC.
resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/vpc/flow-logs"
}

resource "aws_security_group" "admin" {
  name   = "${local.name}-admin"
  vpc_id = aws_vpc.main.id
}

# Non-compliant: SSH open to the world, as a separate rule resource.
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.admin.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = var.admin_cidr
}

# Compliant bucket from a local module; the module's inputs are evaluated.
module "data_bucket" {
  source = "./modules/private-bucket"
  name   = "${local.name}-data"
}

# Non-compliant: no encryption configuration, no public access block, no logging.
resource "aws_s3_bucket" "scratch" {
  bucket = "${local.name}-scratch"
}

# Non-compliant: SSE-SQS instead of a KMS key.
resource "aws_sqs_queue" "orders" {
  name                    = "${local.name}-orders"
  sqs_managed_sse_enabled = true
}
