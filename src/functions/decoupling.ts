// VEIKART.DECOUPLING: Tapio's decoupling elasticity of a pressure against a driver between two years,
// its degree's name in Office's language, or the degree's language-neutral code.
import { decoupling, decouplingDegreeNames } from "../core/analysis/decoupling";
import type { Bilingual } from "../core/language";
import { choice, requiredNumber } from "./argument-rules";
import { declareFunction } from "./declare-function";
import { officeLanguage } from "./language";

const outputs = {
  elasticity: "elasticity",
  elastisitet: "elasticity",
  class: "class",
  klasse: "class",
  grad: "class",
  code: "code",
  kode: "code",
} as const;

const pressureAccepted: Bilingual = {
  nb: "belastningen (utslippene, i alt), et tall over 0 ved start",
  en: "the pressure (total emissions), a number above 0 at the start",
};

const driverAccepted: Bilingual = {
  nb: "drivkraften (bruttoprodukt, sysselsetting, folketall), et tall over 0 ved start",
  en: "the driver (gross product, employment, population), a number above 0 at the start",
};

export const decouplingFunction = declareFunction({
  id: "DECOUPLING",
  arguments: [
    requiredNumber("pressure_start", pressureAccepted),
    requiredNumber("pressure_end", pressureAccepted),
    requiredNumber("driver_start", driverAccepted),
    requiredNumber("driver_end", driverAccepted),
    choice("output", outputs, "elasticity"),
  ],
  evaluate: (pressureStart, pressureEnd, driverStart, driverEnd, output) => {
    const result = decoupling({ pressureStart, pressureEnd, driverStart, driverEnd });
    if (!result.ok) return result.issues[0];
    const { elasticity, degree } = result.value;
    if (output === "code") return degree;
    return output === "class" ? decouplingDegreeNames[degree][officeLanguage()] : elasticity;
  },
});
