// The default catalogue of ../shared/data/indicator-catalogue.md: 6 dimensions, 30 indicators
// (27 scored, 3 context), and the two drivers of the decoupling analysis as context indicators
// (employment by place of work, gross product by fylke; docs/method.md, "Decoupling"). Users edit
// their own copy in the workbook's Indikatorer sheet.
import type {
  Aggregate,
  Direction,
  Framework,
  Indicator,
  IndicatorLevel,
  SsbSource,
} from "../model";
import type { ValueKind } from "./value-kinds";

/** The root of the default tree: every dimension without a parent sits under it. */
export const indexAggregate: Aggregate = {
  id: "INDEX",
  name: "Grønn konkurransekraft",
  nameEn: "Green competitiveness",
  weight: 1,
};

export const defaultDimensions: readonly Aggregate[] = [
  { id: "D1", name: "Klima og utslipp", nameEn: "Climate and emissions" },
  { id: "D2", name: "Grønt næringsliv", nameEn: "Green business" },
  { id: "D3", name: "Innovasjon og kompetanse", nameEn: "Innovation and skills" },
  { id: "D4", name: "Økonomi og arbeidsmarked", nameEn: "Economy and labour market" },
  {
    id: "D5",
    name: "Energi, mobilitet og ressursbruk",
    nameEn: "Energy, mobility and resources",
  },
  {
    id: "D6",
    name: "Kommunen/fylkeskommunen som pådriver",
    nameEn: "Public sector as driver",
  },
].map((dimension) => ({ ...dimension, parentId: indexAggregate.id, weight: 1 }));

/** An indicator of the default catalogue: the model's fields plus the kind of value it holds. */
export interface DefaultIndicator extends Indicator {
  readonly nameEn: string;
  readonly measure: string;
  readonly level: IndicatorLevel;
  readonly source: string;
  readonly kind: ValueKind;
}

const higher: Direction = 1;
const lower: Direction = -1;
const context: Direction = 0;

function indicator(
  parentId: string,
  id: string,
  name: string,
  nameEn: string,
  measure: string,
  direction: Direction,
  level: IndicatorLevel,
  kind: ValueKind,
  source: string
): DefaultIndicator {
  return { id, name, nameEn, parentId, measure, direction, weight: 1, level, kind, source };
}

/** A published target for an indicator: its value, the year, and where it is set (added to the source). */
function withTarget(
  base: DefaultIndicator,
  target: number,
  targetYear: number,
  targetSource: string
): DefaultIndicator {
  return { ...base, target, targetYear, source: `${base.source}; mål: ${targetSource}` };
}

/** An indicator SSB publishes: how it is fetched from the statistics bank. */
function withSsbSource(base: DefaultIndicator, ssbSource: SsbSource): DefaultIndicator {
  return { ...base, ssbSource };
}

export const defaultIndicators: readonly DefaultIndicator[] = [
  indicator(
    "D1",
    "GHG_TOTAL",
    "Direkte klimagassutslipp totalt",
    "Total direct GHG emissions",
    "t CO2-ekv",
    lower,
    "begge",
    "count",
    "Miljødirektoratet, kommunefordelt klimagassregnskap"
  ),
  indicator(
    "D1",
    "GHG_PER_CAPITA",
    "Klimagassutslipp per innbygger",
    "GHG emissions per capita",
    "t CO2-ekv/innb.",
    lower,
    "begge",
    "rate",
    "Miljødirektoratet + SSB 07459"
  ),
  indicator(
    "D1",
    "GHG_CHANGE_2009",
    "Endring i utslipp siden 2009",
    "Change in emissions since 2009",
    "%",
    lower,
    "begge",
    "change",
    "Miljødirektoratet (2009 er første år i serien)"
  ),
  indicator(
    "D1",
    "GHG_ROAD_PER_CAPITA",
    "Utslipp fra veitrafikk per innbygger",
    "Road-traffic emissions per capita",
    "t CO2-ekv/innb.",
    lower,
    "begge",
    "rate",
    "Miljødirektoratet, sektor Veitrafikk + SSB 07459"
  ),
  indicator(
    "D1",
    "GHG_INDUSTRY_SHARE",
    "Andel utslipp fra industri, olje og gass",
    "Share of emissions from industry, oil and gas",
    "%",
    context,
    "begge",
    "share",
    "Miljødirektoratet, sektor"
  ),
  indicator(
    "D1",
    "GHG_INTENSITY_GVA",
    "Utslipp per verdiskaping",
    "Emission intensity of gross product",
    "t CO2-ekv per mill. kr bruttoprodukt",
    lower,
    "fylke",
    "rate",
    "Miljødirektoratet + SSB 09391"
  ),
  indicator(
    "D2",
    "ECOLIGHTHOUSE_COUNT",
    "Miljøfyrtårn-sertifiserte virksomheter",
    "Eco-Lighthouse certified organisations",
    "antall",
    higher,
    "begge",
    "count",
    "Stiftelsen Miljøfyrtårn"
  ),
  indicator(
    "D2",
    "ECOLIGHTHOUSE_PER_1000_FIRMS",
    "Miljøfyrtårn per 1 000 virksomheter",
    "Eco-Lighthouse certificates per 1 000 firms",
    "per 1 000",
    higher,
    "begge",
    "rate",
    "Miljøfyrtårn + Brreg/SSB"
  ),
  indicator(
    "D2",
    "GREEN_JOBS_SHARE",
    "Andel sysselsatte i grønne næringer",
    "Share of employment in green industries",
    "%",
    higher,
    "begge",
    "share",
    "SSB sysselsatte etter næring (07984, kontrolleres)"
  ),
  indicator(
    "D2",
    "GREEN_FIRMS_NEW_PER_1000",
    "Nyetablerte foretak i grønne næringer per 1 000 innb.",
    "New green-sector enterprises per 1 000 inhabitants",
    "per 1 000",
    higher,
    "begge",
    "rate",
    "Brønnøysund Enhetsregisteret"
  ),
  indicator(
    "D2",
    "ENOVA_SUPPORT_PER_CAPITA",
    "Enova-tilsagn per innbygger",
    "Enova grants per capita",
    "kr/innb.",
    higher,
    "begge",
    "rate",
    "Enova, publiserte prosjektlister"
  ),
  indicator(
    "D2",
    "KLIMAPARTNER_MEMBERS",
    "Medlemmer i Klimapartnere",
    "Members of Klimapartnere network",
    "antall",
    higher,
    "fylke",
    "count",
    "Klimapartnere"
  ),
  indicator(
    "D3",
    "RD_SHARE_GDP",
    "FoU-utgifter som andel av bruttoprodukt",
    "R&D expenditure as share of gross product",
    "%",
    higher,
    "fylke",
    "share",
    "SSB/NIFU FoU-statistikk + SSB 09391"
  ),
  indicator(
    "D3",
    "PATENT_APPS_PER_100K",
    "Patentsøknader per 100 000 innb.",
    "Patent applications per 100 000 inhabitants",
    "per 100 000",
    higher,
    "begge",
    "rate",
    "Patentstyret"
  ),
  indicator(
    "D3",
    "GREEN_RD_FUNDING_PER_CAPITA",
    "Forsknings- og innovasjonsmidler til grønne prosjekter per innb.",
    "Public green R&I funding per capita",
    "kr/innb.",
    higher,
    "begge",
    "rate",
    "Forskningsrådet Prosjektbanken, Innovasjon Norge"
  ),
  indicator(
    "D3",
    "HIGHER_EDU_SHARE",
    "Andel med høyere utdanning",
    "Share with tertiary education",
    "%",
    higher,
    "begge",
    "share",
    "SSB 09429"
  ),
  withSsbSource(
    indicator(
      "D4",
      "POPULATION",
      "Folkemengde",
      "Population",
      "personer",
      context,
      "begge",
      "count",
      "SSB 07459 Befolkning, statistikkvariabel Personer1 (folkemengde 1. januar), https://www.ssb.no/statbank/table/07459"
    ),
    { table: "07459", contents: "Personer1", selections: [], scale: 1 }
  ),
  indicator(
    "D4",
    "EMPLOYMENT_WORKPLACE",
    "Sysselsatte etter arbeidssted",
    "Employed persons by place of work",
    "personer",
    context,
    "begge",
    "count",
    "SSB 11616 (sysselsatte personer med arbeidssted i regionen, 4. kvartal, 15-74 år)"
  ),
  indicator(
    "D4",
    "GROSS_PRODUCT",
    "Bruttoprodukt",
    "Gross product",
    "mill. kr",
    context,
    "fylke",
    "count",
    "SSB 11713 (fylkesfordelt nasjonalregnskap: bruttoprodukt i basisverdi, løpende priser; SSB publiserer bruttoprodukt bare per fylke, ikke per kommune)"
  ),
  indicator(
    "D4",
    "POP_GROWTH",
    "Befolkningsvekst",
    "Population growth",
    "% per år",
    higher,
    "begge",
    "change",
    "SSB 07459"
  ),
  indicator(
    "D4",
    "EMPLOYMENT_RATE",
    "Sysselsettingsandel (20–66 år)",
    "Employment rate (20–66)",
    "%",
    higher,
    "begge",
    "share",
    "SSB sysselsetting (tabell kontrolleres)"
  ),
  indicator(
    "D4",
    "UNEMPLOYMENT_RATE",
    "Registrerte helt ledige",
    "Registered unemployment",
    "% av arbeidsstyrken",
    lower,
    "begge",
    "share",
    "NAV statistikk"
  ),
  indicator(
    "D4",
    "JOBS_GROWTH",
    "Vekst i arbeidsplasser (arbeidssted)",
    "Growth in jobs by workplace",
    "% per år",
    higher,
    "begge",
    "change",
    "SSB sysselsatte etter arbeidssted (07984, kontrolleres)"
  ),
  indicator(
    "D4",
    "GVA_PER_EMPLOYED",
    "Bruttoprodukt per sysselsatt",
    "Gross product per employed person",
    "1 000 kr",
    higher,
    "fylke",
    "rate",
    "SSB 09391"
  ),
  indicator(
    "D5",
    "EV_SHARE_FLEET",
    "Andel elbiler i personbilparken",
    "BEV share of passenger-car fleet",
    "%",
    higher,
    "begge",
    "share",
    "SSB 07849"
  ),
  withTarget(
    indicator(
      "D5",
      "EV_SHARE_NEW",
      "Elbilandel av nyregistrerte personbiler",
      "BEV share of new passenger cars",
      "%",
      higher,
      "begge",
      "share",
      "SSB bilpark, førstegangsregistreringer (14020, kontrolleres)"
    ),
    100,
    2025,
    "alle nye personbiler nullutslipp i 2025 (nasjonalt mål, Nasjonal transportplan 2018-2029)"
  ),
  indicator(
    "D5",
    "ELECTRICITY_NET_USE_PER_CAPITA",
    "Nettoforbruk av elektrisk kraft per innbygger",
    "Net electricity use per capita",
    "kWh/innb.",
    context,
    "begge",
    "rate",
    "SSB (KS-taksonomi)"
  ),
  indicator(
    "D5",
    "HH_WASTE_PER_CAPITA",
    "Husholdningsavfall per innbygger",
    "Household waste per capita",
    "kg/innb.",
    lower,
    "kommune",
    "rate",
    "SSB/KOSTRA avfall"
  ),
  withTarget(
    indicator(
      "D5",
      "HH_WASTE_RECYCLING_SHARE",
      "Andel husholdningsavfall til materialgjenvinning",
      "Share of household waste recycled",
      "%",
      higher,
      "kommune",
      "share",
      "SSB/KOSTRA avfall"
    ),
    55,
    2025,
    "55 % av kommunalt avfall til materialgjenvinning i 2025, 60 % i 2030 (EUs mål, fulgt i avfallsforskriften)"
  ),
  indicator(
    "D6",
    "OWN_OPS_EMISSIONS",
    "Klimagassutslipp fra egen virksomhet",
    "GHG emissions from own operations",
    "t CO2-ekv",
    lower,
    "begge",
    "count",
    "Egen klimaregnskap (Klimapartnere, Miljøfyrtårn)"
  ),
  indicator(
    "D6",
    "GREEN_PROCUREMENT_SHARE",
    "Andel anskaffelser med klima- og miljøkrav",
    "Share of procurements with climate/environment criteria",
    "%",
    higher,
    "begge",
    "share",
    "Egen rapportering"
  ),
  indicator(
    "D6",
    "CLIMATE_BUDGET_ADOPTED",
    "Vedtatt klimabudsjett",
    "Climate budget adopted",
    "ja/nei (1/0)",
    higher,
    "begge",
    "flag",
    "Egen rapportering (KS veileder for klimabudsjett)"
  ),
];

/** The default catalogue as the engine's indicator tree. */
export const defaultFramework: Framework = {
  indicators: defaultIndicators,
  aggregates: [indexAggregate, ...defaultDimensions],
};

/** Whether an indicator applies to a unit of the given level. */
export function indicatorFitsLevel(
  indicatorLevel: IndicatorLevel | undefined,
  unitLevel: "kommune" | "fylke" | undefined
): boolean {
  return (
    indicatorLevel === undefined ||
    indicatorLevel === "begge" ||
    unitLevel === undefined ||
    indicatorLevel === unitLevel
  );
}
