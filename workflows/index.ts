/** The workflow bundle entry: every workflow the worker runs. */
export { repairWorkflow } from './repair.workflow';
export { escalationWorkflow } from './escalation.workflow';
