// "Revert live resource to code": plan the RFC 6902 patch (no AWS call), then apply it with UpdateResource.
//
//   const plan = planRevert(instance, expectedValues(instance), live.properties);
//   if (plan.status !== 'ready') show(plan.reason);                 // create-only, nothing to do, ...
//   else if (await confirm(describePlan(plan))) {
//     const outcome = await applyRevert(conn, plan.cloudType!, plan.identifier!, plan.patch, { signal, onProgress });
//     // outcome.status: SUCCESS | FAILED | CANCEL_COMPLETE | TIMED_OUT | UNKNOWN; outcome.requestToken for the log
//   }
export { planRevert, describePlan } from './plan';
export type { PatchOperation, PlanOptions, RevertChange, RevertPlan, NotReverted } from './plan';
export { applyRevert } from './apply';
export type { ApplyOptions, RevertOutcome, RevertProgress, RevertStatus } from './apply';
export { revertEvent } from './event';
