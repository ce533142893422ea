package whatif.run;

/** One expectation, ready to check against what working memory holds at a point of the timeline. */
interface Check {
    Verdict check(Snapshot snapshot);
}
