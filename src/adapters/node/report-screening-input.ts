// What a network report says about screening: the actors screened through the
// screening service against every stored list (or the ones named); nothing
// when no list is stored.

import type { Network } from '../../core/model/network.js';
import type { Store } from '../../core/store/store.js';
import type { ScreeningSummary } from '../../service/report/index.js';
import { screeningService } from './screening.js';

export async function networkScreening(
  store: Store,
  network: Network,
  refs: string[] = [],
): Promise<ScreeningSummary | undefined> {
  if (!refs.length && (await store.listDatasets()).length === 0) return undefined;
  return screeningService(store).screenNetwork(network, refs.length ? { scope: refs } : {});
}
