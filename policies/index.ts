import { PolicyPack } from "@pulumi/policy";
import { expressRoutePolicies } from "./pack";

new PolicyPack("expressroute", { policies: expressRoutePolicies });
