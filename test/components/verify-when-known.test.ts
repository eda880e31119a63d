import * as pulumi from "@pulumi/pulumi";
import { verifyWhenKnown } from "../../lib/components/verify-when-known";
import { isSecretOutput, recordResources, valueOf } from "../support/mock-runtime";

recordResources();

describe("verifyWhenKnown", () => {
  it("passes a value that satisfies the check through, still secret", async () => {
    const out = verifyWhenKnown(pulumi.secret("ok"), (v) => {
      if (v !== "ok") throw new Error("bad");
    });
    expect(await valueOf(out)).toBe("ok");
    expect(await isSecretOutput(out)).toBe(true);
  });
});
