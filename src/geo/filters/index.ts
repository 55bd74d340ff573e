/**
 * The recogniser's filters, in order: each judges a capitalised name the gazetteer matched and
 * keeps it (narrowed, widened or weighed) or drops it. A filter that reads the whole name its
 * own way (a demonym, a feature named after the place) settles it, and later filters pass it by.
 */
import { acronym } from "./acronym.ts";
import { afterPersonTitle } from "./afterPersonTitle.ts";
import { carMake } from "./carMake.ts";
import { cityOffice } from "./cityOffice.ts";
import { cityRegion } from "./cityRegion.ts";
import { commonWord } from "./commonWord.ts";
import { compassRegion } from "./compassRegion.ts";
import { bareCounty, countyAbbreviation, countySuffix } from "./county.ts";
import { courtType } from "./courtType.ts";
import { cues } from "./cues.ts";
import { dateline } from "./dateline.ts";
import { demonym } from "./demonym.ts";
import { headOfLongerName } from "./headOfLongerName.ts";
import { insideProperName } from "./insideProperName.ts";
import { kinName } from "./kinName.ts";
import { metonymy } from "./metonymy.ts";
import { modelYear } from "./modelYear.ts";
import { mountHospital } from "./mountHospital.ts";
import { namedFeature } from "./namedFeature.ts";
import { namedThingOf } from "./namedThingOf.ts";
import { numberedItem } from "./numberedItem.ts";
import { ordinaryWord } from "./ordinaryWord.ts";
import { organisationHead } from "./organisationHead.ts";
import { organisationOpening } from "./organisationOpening.ts";
import { saintsDay } from "./saintsDay.ts";
import { seatOfGovernment } from "./seatOfGovernment.ts";
import { sentenceInitialWord } from "./sentenceInitialWord.ts";
import { shipName } from "./shipName.ts";
import { streetSuffix } from "./streetSuffix.ts";
import { surname } from "./surname.ts";
import { titlePrefix } from "./titlePrefix.ts";
import type { NameFilter } from "./types.ts";
import { warName } from "./warName.ts";
import { weatherPattern } from "./weatherPattern.ts";
import { wordGoesOn } from "./wordGoesOn.ts";

export type { FilterContext, NameFilter, NameSpan } from "./types.ts";

export const nameFilters: NameFilter[] = [
  compassRegion,
  commonWord,
  weatherPattern,
  warName,
  wordGoesOn,
  numberedItem,
  modelYear,
  acronym,
  headOfLongerName,
  namedThingOf,
  sentenceInitialWord,
  afterPersonTitle,
  kinName,
  courtType,
  streetSuffix,
  titlePrefix,
  shipName,
  saintsDay,
  cityOffice,
  insideProperName,
  namedFeature,
  countySuffix,
  countyAbbreviation,
  mountHospital,
  organisationOpening,
  organisationHead,
  demonym,
  bareCounty,
  cityRegion,
  cues,
  dateline,
  carMake,
  surname,
  ordinaryWord,
  metonymy,
  seatOfGovernment,
];
