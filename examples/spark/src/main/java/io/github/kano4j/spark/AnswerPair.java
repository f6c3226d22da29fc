package io.github.kano4j.spark;

import java.io.Serializable;

/** One respondent's answer pair for one attribute, as a Spark bean (zero-based answer levels). */
public class AnswerPair implements Serializable {
    private static final long serialVersionUID = 1L;

    private String attribute;
    private int functional;
    private int dysfunctional;

    public AnswerPair() {
    }

    public AnswerPair(String attribute, int functional, int dysfunctional) {
        this.attribute = attribute;
        this.functional = functional;
        this.dysfunctional = dysfunctional;
    }

    public String getAttribute() {
        return attribute;
    }

    public void setAttribute(String attribute) {
        this.attribute = attribute;
    }

    public int getFunctional() {
        return functional;
    }

    public void setFunctional(int functional) {
        this.functional = functional;
    }

    public int getDysfunctional() {
        return dysfunctional;
    }

    public void setDysfunctional(int dysfunctional) {
        this.dysfunctional = dysfunctional;
    }
}
