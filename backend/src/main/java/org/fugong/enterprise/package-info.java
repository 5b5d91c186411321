/**
 * Enterprises (专班, 专员): the registry with unified social credit codes, the key-enterprise flag,
 * and the task-force leader and HR specialist (officials) assigned to each. The root package is the
 * feature's API.
 */
package org.fugong.enterprise;
