// The core's shipment modes and the Data Pilot's modes of transportation, both ways. "express"
// has no Data Pilot mode of its own (an express carrier flies or drives): the caller says which.
import type { PilotMode } from './profiles.ts';

const PILOT_MODE_OF: Readonly<Record<string, PilotMode>> = { air: 'AIR', ocean: 'OCEAN', truck: 'TRUCK', rail: 'RAIL', postal: 'MAIL' };

/** "air" -> "AIR", "postal" -> "MAIL"; undefined for "express" or an unknown mode. */
export function pilotModeOf(mode: string | undefined): PilotMode | undefined {
  return mode !== undefined && Object.hasOwn(PILOT_MODE_OF, mode) ? PILOT_MODE_OF[mode] : undefined;
}

/** "AIR" -> "air", "MAIL" -> "postal": the shipment mode a Data Pilot mode stands for. */
export function shipmentModeOf(mode: PilotMode | undefined): string | undefined {
  return mode === 'MAIL' ? 'postal' : mode?.toLowerCase();
}
