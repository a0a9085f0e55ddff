// The fast yes of a record: the profile's generated checker (contract.generated.ts, written by
// scripts/gen-contracts.ts from the zod schema of profiles.ts, with the named checks of
// checks.ts). `s321 export` validates every row and most rows are valid: for a valid row the
// only answer needed is "valid", which the generated test gives without zod's per-element work.
// A record it does not accept goes through zod's safeParse, which names the issues in the
// records' own words (validate.ts). test/node/core/contract/contracts.test.ts holds the two equal.
import type { Checker } from '../contract/checker.ts';
import {
  dataPilotBrokerChecker,
  dataPilotCarrierChecker,
  dataPilotFreightForwarderChecker,
  dataPilotOnlineMarketplaceChecker,
  type86Checker,
} from './contract.generated.ts';
import type { Participant, Profile } from './requirements.ts';

const DATA_PILOT: Record<Participant, Checker> = {
  ONLINE_MARKETPLACE: dataPilotOnlineMarketplaceChecker,
  CARRIER: dataPilotCarrierChecker,
  BROKER: dataPilotBrokerChecker,
  FREIGHT_FORWARDER: dataPilotFreightForwarderChecker,
};

/** The generated checker of a profile (and participant type, for data-pilot). */
export const recordChecker = (profile: Profile, participant: Participant = 'ONLINE_MARKETPLACE'): Checker =>
  profile === 'type86' ? type86Checker : DATA_PILOT[participant];

const scratch: Parameters<Checker['check']>[2] = [];

/** True only when the profile's zod schema would accept the record. */
export function acceptRecord(record: unknown, profile: Profile, participant: Participant = 'ONLINE_MARKETPLACE'): boolean {
  scratch.length = 0;
  return recordChecker(profile, participant).check(record, '', scratch);
}
