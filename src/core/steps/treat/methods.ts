import type { TreatmentMethodName } from "../../model/methods";
import type { MethodDeclaration } from "../method-declaration";

/** The registry of outlier treatments; the rule each uses is `outlierRuleOf` (treat.ts). */
export const treatmentMethods: { readonly [Name in TreatmentMethodName]: MethodDeclaration } = {
  none: { label: { nb: "ingen", en: "none" }, words: { nb: ["ingen"], en: ["none"] } },
  winsorise: {
    label: { nb: "winsorisering", en: "winsorisation" },
    words: { nb: ["winsorisering"], en: ["winsorise", "winsorize"] },
  },
};
