import type { DigestWorkflowInput } from '../../workflows/digest.workflow';
import type { DigestPlan, DigestPlanInput, DigestService } from './digest.service';

/** Activities of DigestWorkflow, built from their Nest dependencies by the worker. */
export function createDigestActivities(digests: DigestService) {
  return {
    async planDigest(input: DigestPlanInput): Promise<DigestPlan> {
      return digests.plan(input);
    },
    async sendDigest(input: DigestWorkflowInput & { localDate: string }): Promise<{ delivered: number }> {
      return digests.send(input);
    },
  };
}

export type DigestActivities = ReturnType<typeof createDigestActivities>;
