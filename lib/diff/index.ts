/**
 * `expressroute diff`: a plan checked against the deployed stack (`pulumi stack export`), refusing the changes
 * Azure refuses or that cause an outage. {@link diffAgainstState} is the same check for a CI job or an org
 * template.
 */
export {
  diffAgainstState,
  matchResources,
  type ChangeAction,
  type DiffResult,
  type PlannedStack,
  type ResourceChange,
} from "./diff";
export { diffJson, diffText, diffVerdict } from "./report";
export { CHANGE_RULES } from "./rules/index";
export { parseStackExport, type StackState, type StateResource } from "./stack-export";
