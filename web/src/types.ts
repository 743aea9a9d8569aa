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
  WeakLinksResponse,
  WeakLinkOut,
  PlanRequest,
  BatchScreenResult,
  RebuildResponse,
  DatasetDiffOut,
  DiffEntityOut,
} from '../../src/contract/index.js';
import type { NetworkResponse } from '../../src/contract/index.js';

/** A measure the what-if and the planner accept (GET /networks/{id} lists them in `measures`). */
export type Measure = NetworkResponse['measures'][number];
