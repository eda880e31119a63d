import { Construct } from "constructs";
import { Estate } from "./estate";
import { messagesFor } from "./validate-estate";

/**
 * What the estate's constructs share: their props (changeable by aspects through {@link update}), and a
 * validation that reports the estate's findings on the construct's path (`node.validate()`).
 */
export abstract class EstateConstruct<P extends object> extends Construct {
  /** What kind of estate construct this is (the estate's model is built from it). */
  abstract readonly blueprintKind: "site" | "circuit" | "hub" | "globalReach";
  private current: P;

  constructor(scope: Construct, id: string, props: P) {
    super(scope, id);
    this.current = props;
    this.node.addValidation({ validate: () => messagesFor(Estate.of(this), this) });
  }

  /** The props: as given, with the changes of {@link update}. */
  get props(): P {
    return this.current;
  }

  /** Changes some props (an aspect applying an org default, say); the estate is validated again. */
  update(changes: Partial<P>): void {
    this.current = { ...this.current, ...changes };
    Estate.of(this).changed();
  }
}
