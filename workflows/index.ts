/** The workflow bundle entry: every workflow the worker runs. */
export { repairWorkflow } from './repair.workflow';
export { escalationWorkflow } from './escalation.workflow';
export { tourWorkflow } from './tour.workflow';
export { batchSyncWorkflow } from './batch-sync.workflow';
export { outageWorkflow } from './outage.workflow';
export { digestWorkflow } from './digest.workflow';
export { webhookDeliveryWorkflow } from './webhook-delivery.workflow';
