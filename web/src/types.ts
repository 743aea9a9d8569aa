// The contract types the web app uses, in one place.

export type {
  AnalysisRequest,
  ErrorBody,
  FlowResponse,
  FrontierPoint,
  FrontierResponse,
  JobStatus,
  JobEvent,
  MatchResponse,
  MatchResult,
  NetworkDocument,
  NetworkResponse,
  Quantity,
  VersionSummary,
  WireChannel,
  BatchScreenResult,
  RebuildResponse,
} from '../../src/contract/index.js';
import type { NetworkResponse } from '../../src/contract/index.js';

/** A measure the what-if and the planner accept (GET /networks/{id} lists them in `measures`). */
export type Measure = NetworkResponse['measures'][number];

/** GET /datasets/{id}/diff (the Store's DatasetDiff). */
export interface DatasetDiffOut {
  added: string[];
  removed: string[];
  changed: { id: string; properties: string[] }[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}
