// The ExpressRoute policy pack. Its policies are the library's rules (`pulumi-expressroute/policy-pack`),
// so this directory runs the same way in place, installed from npm, and published with
// `pulumi policy publish`: it reaches nothing outside itself but its dependencies.
const { PolicyPack } = require("@pulumi/policy");
const { expressRoutePolicies, POLICY_PACK_NAME } = require("pulumi-expressroute/policy-pack");

new PolicyPack(POLICY_PACK_NAME, { policies: expressRoutePolicies });
