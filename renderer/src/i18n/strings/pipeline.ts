// Strings for the pipeline screen (English and Swedish).
import { defineStrings } from '../define';

export const strings = defineStrings({}, {});
