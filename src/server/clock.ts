import { municipalDate, type Clock } from "../domain";

/** The server's clock: what every use case stamps with (a client's idea of now is never used). */
export const serverClock: Clock = {
  now: () => new Date(),
  today: () => municipalDate(new Date()),
};
