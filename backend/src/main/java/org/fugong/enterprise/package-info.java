/**
 * Enterprises (专班, 专员): the registry with unified social credit codes, the key-enterprise flag,
 * and the task-force leader and HR specialist (officials) assigned to each; registration one by one
 * or by CSV import (all or nothing); the requests enterprises raise with their task force, each a
 * thread through to how it was solved and the effect; and their daily staffing snapshots. HR users
 * only ever see their own enterprise. The root package is the feature's API.
 */
package org.fugong.enterprise;
