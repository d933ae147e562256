package com.nexusgen.template;

/**
 * An intrinsic function that {@link LocalResolver} cannot evaluate locally, with the intrinsic's name
 * and where in the template it sits, so the message alone is enough to find and fix the problem.
 */
public final class TemplateResolutionException extends TemplateException {

    private final String intrinsic;
    private final String location;

    public TemplateResolutionException(String intrinsic, String location, String problem) {
        super(intrinsic + " at " + location + ": " + problem);
        this.intrinsic = intrinsic;
        this.location = location;
    }

    /** The intrinsic being evaluated, e.g. {@code Fn::GetAtt} or {@code Ref}. */
    public String intrinsic() {
        return intrinsic;
    }

    /** Where it is, as a dotted path from the node given to the resolver, e.g. {@code Outputs.ApiUrl.Value}. */
    public String location() {
        return location;
    }
}
