import type { FocusArea } from "../model/focusArea";
import type { KfIndicator } from "../model/kfIndicator";
import type { ProgramDeclaration } from "../model/programDeclaration";
import type { Vision } from "../model/vision";

/**
 * What the Mål och budget document is made from: the KF level of one mandate period — the vision, the
 * programförklaring with its life (utkast or fastställd), its three målområden and their KF indicators.
 * Public documents only: no plan below KF, no person.
 */
export interface MalOchBudgetData {
  /** The vision the programförklaring stands under; null when none is stored. */
  readonly vision: Vision | null;
  readonly programDeclaration: ProgramDeclaration;
  readonly focusAreas: readonly FocusArea[];
  readonly kfIndicators: readonly KfIndicator[];
  /** Stored rows left out because they cannot be shown; absent means 0. */
  readonly skippedRows?: number;
}

/** Which mandate: one programförklaring by its id, or the one whose mandate period covers a year. */
export type MandateChoice = { readonly declarationId: string } | { readonly year: number };

/** Reads one mandate's KF level in a fixed number of round trips; null when no mandate is the one chosen. */
export interface MalOchBudgetSource {
  malOchBudgetData(choice: MandateChoice): Promise<MalOchBudgetData | null>;
}
