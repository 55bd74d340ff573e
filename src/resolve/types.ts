import type { Count, EventMention } from "../events/schema.ts";

/** One stored event mention as resolution sees it: the mention, its article and its resolution block. */
export interface ResolveMention {
  event: EventMention;
  articleId: string;
  /** The first-published article this one copies, or its own id. */
  canonicalArticleId: string;
  /** The outlet that published the article (site, host of the URL, or file name). */
  outlet: string;
  articleTitle: string;
  publishedAt?: string;
  /** Country × type family: only mentions in one block are ever compared. */
  block: string;
  /** Days the event can have happened on; absent when the time is too vague to match (month, year, none). */
  range?: { start: string; end: string };
}

/** One figure as one report gave it. */
export interface ReportedCount {
  what: Count["what"];
  value: number;
  min?: number;
  max?: number;
  text: string;
  outlet: string;
  source?: string;
  eventId: string;
}

export interface ReconciledCount {
  what: Count["what"];
  /** ACLED's conservative rule: the lowest credible figure among the reports. */
  value: number;
  min: number;
  max: number;
  reports: ReportedCount[];
}

export interface IncidentReport {
  eventId: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  publishedAt?: string;
  /** Set when the article is a copy of another; such reports are not independent sources. */
  duplicateOf?: string;
  attribution?: string;
  modality: EventMention["modality"];
  mode?: string;
  actor?: string;
  recipient?: string;
  place?: string;
  time?: string;
  evidence: { start: number; end: number; text: string };
  counts: EventMention["counts"];
  /** Why this report joined the incident ("seed" for the first). */
  reason: string;
}

/** One real event, many reports. */
export interface Incident {
  id: string;
  type: EventMention["type"];
  mode?: string;
  timeRange?: { start: string; end: string };
  place?: EventMention["place"];
  firstReported?: string;
  reports: IncidentReport[];
  /** Independent outlets (copies of one article count once). */
  sources: string[];
  counts: ReconciledCount[];
  /** Outlets whose figures agree with the reconciled value, and those that give other figures. */
  agreement: { agree: string[]; disagree: string[] };
}
