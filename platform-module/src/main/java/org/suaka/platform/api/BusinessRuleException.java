package org.suaka.platform.api;

/**
 * A request that is well formed but breaks a rule of the domain given the current state, such as
 * placing a person in a full shelter or registering a UNHCR number twice. Maps to HTTP 409.
 */
public class BusinessRuleException extends SuakaException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * @param rule a short stable code for the rule, e.g. {@code "shelter-full"}
     * @param message a sentence for the user
     */
    public BusinessRuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** @return the stable code of the rule that was broken */
    public String rule() {
        return rule;
    }
}
