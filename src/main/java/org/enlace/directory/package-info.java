/**
 * The regional directory: organisations, contacts (people) and positions (seats held by people over
 * time). The facade is {@link org.enlace.directory.Directory}; who may see contact details and who
 * may change what is decided here, for pages, exports, search and the API alike.
 */
package org.enlace.directory;
