import { ConflictError, ForbiddenError, GoalStateError, NotFoundError, ValidationError } from "../domain";
import type { CardLocale } from "../cards";

/**
 * Why an answer in the card was not saved, in plain words for the card (no codes, no ids). The policy's own
 * reason is Swedish; an English card gets an English sentence of the same meaning.
 */
export function refusalText(error: unknown, locale: CardLocale): string {
  const sv = locale === "sv";
  if (error instanceof ConflictError)
    return sv
      ? "En annan uppföljning är redan sparad för det här datumet. Öppna målet i Målkedjan för att se den."
      : "Another follow-up is already saved for this date. Open the goal in Målkedjan to see it.";
  if (error instanceof ForbiddenError)
    return sv ? `Det får du inte göra: ${error.reason}.` : "You are not allowed to follow up this goal.";
  if (error instanceof NotFoundError)
    return sv
      ? "Målet finns inte, eller är inte ditt att följa upp."
      : "The goal does not exist, or is not yours to follow up.";
  if (error instanceof GoalStateError)
    return sv
      ? `Det går inte med målet som det är nu: ${error.message}`
      : "The goal cannot be followed up as it is now.";
  if (error instanceof ValidationError)
    return sv
      ? `Uppföljningen kunde inte sparas som den är: ${error.message}`
      : "The follow-up could not be saved as it is.";
  return sv
    ? "Det gick inte att spara just nu. Försök igen om en stund."
    : "It could not be saved just now. Try again in a while.";
}
