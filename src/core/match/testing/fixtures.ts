// Small named fixture entities for the matching tests: a handful of listed
// people, companies and a vessel, each chosen for one behaviour.
import type { Entity } from '../../model/entity.js';

const person = (id: string, props: Record<string, string[]>): Entity => ({
  id,
  schema: 'Person',
  properties: props,
  datasets: ['fixture_list'],
});

export const MOHAMED_ALI = person('fx-mohamed-ali', {
  name: ['ALI, Mohamed'],
  birthDate: ['1970-05-01'],
  nationality: ['Egypt'],
});
export const MUHAMMAD_ALI = person('fx-muhammad-ali', { name: ['Muhammad Ali'], alias: ['Mohammad Aly'] });
export const PUTIN = person('fx-putin', {
  name: ['PUTIN, Vladimir Vladimirovich'],
  birthDate: ['1952-10-07'],
  gender: ['male'],
});
export const COHEN = person('fx-cohen', { name: ['David Cohen'] });
export const HASSAN = person('fx-hassan', { name: ['Ali Hassan'] });
export const ELI_SHAW = person('fx-eli', { name: ['Eli Shaw'], birthDate: ['1980-01-01'] });
export const PASSPORT_HOLDER = person('fx-passport', {
  name: ['Ivan Petrov'],
  passportNumber: ['AB1234567'],
});
export const HARAMAIN: Entity = {
  id: 'fx-haramain',
  schema: 'Organization',
  properties: { name: ['Al Haramain Foundation'] },
  datasets: ['fixture_list'],
};
export const OSAMA_TRADING: Entity = {
  id: 'fx-osama-trading',
  schema: 'Company',
  properties: { name: ['Osama Trading Company LLC'] },
  datasets: ['fixture_list'],
};
export const VESSEL: Entity = {
  id: 'fx-vessel',
  schema: 'Vessel',
  properties: { name: ['David Cohen'], imoNumber: ['9187629'] },
  datasets: ['fixture_list'],
};

export const FIXTURE_LIST: Entity[] = [
  MOHAMED_ALI,
  MUHAMMAD_ALI,
  PUTIN,
  COHEN,
  HASSAN,
  ELI_SHAW,
  PASSPORT_HOLDER,
  HARAMAIN,
  OSAMA_TRADING,
  VESSEL,
];
