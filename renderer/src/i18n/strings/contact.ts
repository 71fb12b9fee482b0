// Strings for the contact screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
