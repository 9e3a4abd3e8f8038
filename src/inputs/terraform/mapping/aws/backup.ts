import { compact } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { type ServiceMappings } from './shared.js';

/** AWS Backup: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_backup_plan: {
      cloudFormationType: 'AWS::Backup::BackupPlan',
      properties(context) {
        const rules = context.get('rule');
        return {
          BackupPlan: compact({
            BackupPlanName: context.get('name'),
            BackupPlanRule: isUnknown(rules)
              ? rules
              : context.blocks('rule').map((rule) => {
                  const lifecycle = Array.isArray(rule.lifecycle) ? rule.lifecycle[0] : rule.lifecycle;
                  return compact({
                    RuleName: rule.rule_name ?? undefined,
                    TargetBackupVault: rule.target_vault_name ?? undefined,
                    ScheduleExpression: rule.schedule || undefined,
                    EnableContinuousBackup: rule.enable_continuous_backup ?? undefined,
                    Lifecycle: lifecycle && typeof lifecycle === 'object' && !Array.isArray(lifecycle) && !isUnknown(lifecycle)
                      ? compact({ DeleteAfterDays: lifecycle.delete_after ?? undefined, MoveToColdStorageAfterDays: lifecycle.cold_storage_after ?? undefined })
                      : (lifecycle ?? undefined),
                  });
                }),
          }),
        };
      },
    },
  },
};
