import { createHash } from "node:crypto";
import { ARM_SHAPES, armSegments, azureNativeKind, type ArmShape } from "../core/translate/arm-shapes";

/** The subscription every mocked ARM id lives in. */
export const MOCK_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

/** A GUID derived from text, so mocked keys are stable from run to run. */
export function stableGuid(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * A realistic ARM id for an azure-native resource registered under the mock runtime, built from its name
 * inputs (`circuitName`, `peeringName`, ...) or, failing those, its logical name.
 */
export function armId(type: string, name: string, inputs: Record<string, unknown>): string {
  const [, mod, typeName] = type.split(":");
  const rg = typeof inputs.resourceGroupName === "string" ? inputs.resourceGroupName : "rg";
  const sub = `/subscriptions/${MOCK_SUBSCRIPTION}`;
  if (type === "azure-native:resources:ResourceGroup")
    return `${sub}/resourceGroups/${inputs.resourceGroupName ?? name}`;
  const shape: ArmShape = ARM_SHAPES[azureNativeKind(type) ?? ""] ?? {
    provider: `Microsoft.${mod.charAt(0).toUpperCase()}${mod.slice(1)}`,
    segments: [[`${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}s`, ""]],
  };
  return `${sub}/resourceGroups/${rg}/providers/${shape.provider}/${armSegments(shape, inputs, name, (input) => input)}`;
}

/** The Azure name a resource would get: its explicit name input, or the logical name. */
export function azureName(type: string, name: string, inputs: Record<string, unknown>): string {
  const segments = ARM_SHAPES[azureNativeKind(type) ?? ""]?.segments;
  const input = segments?.[segments.length - 1][1];
  if (type === "azure-native:resources:ResourceGroup" && typeof inputs.resourceGroupName === "string") {
    return inputs.resourceGroupName;
  }
  return input && typeof inputs[input] === "string" ? (inputs[input] as string) : name;
}
