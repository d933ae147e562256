/**
 * Builds of generated apps: how a build ended and the classified errors it reported (the taxonomy of seed
 * NexusGen §3.4.1). Parsing, running and healing live in their own modules; these are the words they share.
 */
package com.nexusgen.domain.builds;
