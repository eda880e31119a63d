import { describePending } from "../../lib/plan/isolated-run";

// What `expressroute plan` names when a program did not finish: where it stood, and what never registered.
describe("what a program that did not finish was still doing", () => {
  it("says the plan was still loading when the program never reported", () => {
    expect(describePending(undefined)).toBe(
      "it had not started: the plan was still loading the Pulumi SDK and the program",
    );
  });

  it.each([
    ["checking", "it was still being type-checked"],
    ["running", "its code had not returned (it awaits something that never settles?)"],
    ["outputs", "its code returned, but its stack outputs never resolved"],
    ["registering", "its code returned, but resources were still registering"],
  ] as const)("names the %s phase", (phase, words) => {
    expect(describePending({ phase, registered: 1, pending: [] })).toBe(
      `${words}; 1 resource had registered`,
    );
  });

  it("names up to eight resources that never registered, and counts the rest", () => {
    const pending = Array.from({ length: 10 }, (_, i) => `azure-native:network:RouteFilter f${i}`);
    const text = describePending({ phase: "outputs", registered: 3, pending });
    expect(text).toContain(
      "10 resources were constructed but never registered (an input that never resolves?): azure-native:network:RouteFilter f0,",
    );
    expect(text).toContain("f7 and 2 more; 3 resources had registered");
    expect(text).not.toContain("f8,");
  });
});
