import { MD5_KEY } from "../facts/bgp";
import { eachPeering } from "./each";
import { type Rule } from "./rule";

export const bgpMd5Key: Rule = {
  id: "bgp-md5-key-format",
  severity: "mandatory",
  description: "A peering's BGP MD5 key (sharedKey), when set, is 1 to 25 letters and digits.",
  why: "Azure rejects other keys, and a key your router cannot match keeps the BGP session down.",
  source: MD5_KEY.source,
  check(model, report) {
    for (const { peering: p } of eachPeering(model)) {
      const key = p.sharedKey;
      if (!report.known(p, "sharedKey", key) || key === undefined) continue;
      const bad = key.length === 0 || key.length > MD5_KEY.maxLength || !MD5_KEY.pattern.test(key);
      if (!bad) continue;
      const nonAlnum = [...key].filter((ch) => !/[A-Za-z0-9]/.test(ch)).length;
      report.fail(p, "sharedKey", {
        message: "The BGP MD5 key must be 1 to 25 alphanumeric characters.",
        shown: `a secret of ${key.length} characters${nonAlnum ? `, ${nonAlnum} of them not alphanumeric` : ""}`,
        allowed: `1..${MD5_KEY.maxLength} characters from A-Z, a-z, 0-9`,
        fix: "Generate a key of at most 25 letters and digits, keep it in a secret, and set the same key on your router.",
      });
    }
  },
};
