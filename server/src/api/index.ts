// The generic API: derived for every entity from the datamodel and resource metadata.
import "./enums.ts";
import "./objects.ts";
import "./queries.ts";
import "./aggregates.ts";
import "./mutations.ts";
import "./history.ts";
import "./api-limits.ts";
