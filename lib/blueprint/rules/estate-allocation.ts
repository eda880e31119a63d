import { SOURCES } from "../../core/facts/sources";
import type { RuleInfo } from "../../core/findings";

/** The estate's allocation file and pools: every user has its own block and VLAN, inside the pools. */
export const estateAllocationRule: RuleInfo = {
  id: "estate-allocation",
  severity: "mandatory",
  description:
    "Every circuit's peering /29 and VLAN, and every Global Reach pair's /29, comes from the estate's pools, one user per block and per VLAN, as recorded in the allocation file.",
  why: "Two users of one block or VLAN break both; a block outside the pools collides with networks the pools were carved to avoid.",
  source: SOURCES.routing,
};

/** The estate's policy config itself. */
export const estatePolicyConfigRule: RuleInfo = {
  id: "estate-policy-config",
  severity: "mandatory",
  description:
    "The estate's policy config gives known levels, and every exemption names constructs and says why.",
  why: "An exemption without a reason cannot be reviewed, and an unknown level would silently change nothing.",
  source: SOURCES.routing,
};
