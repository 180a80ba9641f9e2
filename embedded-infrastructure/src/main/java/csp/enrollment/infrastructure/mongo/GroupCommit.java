package csp.enrollment.infrastructure.mongo;

import org.h2.mvstore.MVStore;

/**
 * Makes each write durable before its command is answered, with one commit for every
 * write that arrived meanwhile. A writer counts itself in, then either finds that a
 * commit which started after its write already covered it, or commits itself (covering
 * everyone counted so far). Writes that land while a commit runs are counted after it
 * started, so they wait for the next: no acknowledged write is ever outside a commit, and
 * under load one commit serves many writers. MVStore writes a commit with a plain file
 * write (no fsync), so a killed process loses nothing acknowledged; a power cut may (the
 * local stack is a development store).
 */
final class GroupCommit {

    private final MVStore store;

    private final Object commitLock = new Object();

    private long writes;

    private long durable;

    GroupCommit(MVStore store) {
        this.store = store;
    }

    /**
     * Returns once every write this thread made before the call is committed to the file.
     */
    void awaitDurable() {
        long mine;
        synchronized (this) {
            mine = ++writes;
        }
        synchronized (commitLock) {
            if (durableUpTo() >= mine) {
                return;
            }
            long covered;
            synchronized (this) {
                covered = writes;
            }
            store.commit();
            synchronized (this) {
                durable = covered;
            }
        }
    }

    private synchronized long durableUpTo() {
        return durable;
    }

}
