package org.fugong.enterprise;

/**
 * The two promises the dispatch clock keeps for a key enterprise's request: taken up by an official
 * within a day (24 小时响应), and resolved within the target of its category.
 */
public enum DispatchStage {
    TAKE_UP,
    RESOLUTION
}
