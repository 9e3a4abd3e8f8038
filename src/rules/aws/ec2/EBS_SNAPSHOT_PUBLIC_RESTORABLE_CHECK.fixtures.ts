import type { RuleCase } from '../../tester.js';

// Who may restore a snapshot exists only in the account (CloudFormation has no snapshot resource):
// the other cases are configuration items.
export default [
  {
    name: 'hcl: a snapshot in a configuration has no permissions to judge, so the rule does not apply',
    hcl: `
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 8
  encrypted         = true
}

resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
`,
    expect: { 'aws_ebs_snapshot.data': 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
