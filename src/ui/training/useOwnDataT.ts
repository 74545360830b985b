// The own-data words of the page's language (ownDataMessages.ts).

import { usePageState } from "../storeContext.ts";
import { OWN_DATA_MESSAGES, type OwnDataMessages } from "./ownDataMessages.ts";

export function useOwnDataT(): OwnDataMessages {
  return OWN_DATA_MESSAGES[usePageState((s) => s.lang)];
}
