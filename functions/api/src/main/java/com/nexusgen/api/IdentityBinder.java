package com.nexusgen.api;

import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.workspaces.Identity;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Gives controllers the token's {@link Identity} without a membership lookup, for routes whose
 * service checks membership in the same read as the item (one DynamoDB request instead of two).
 */
@Singleton
class IdentityBinder implements TypedRequestArgumentBinder<Identity> {
    private final String workspaceClaim;

    IdentityBinder(@Value("${nexusgen.auth.workspace-claim:workspace}") String workspaceClaim) {
        this.workspaceClaim = workspaceClaim;
    }

    @Override
    public Argument<Identity> argumentType() {
        return Argument.of(Identity.class);
    }

    @Override
    public BindingResult<Identity> bind(ArgumentConversionContext<Identity> context, HttpRequest<?> source) {
        Map<String, String> claims = CallerBinder.claims(source);
        if (claims == null || claims.get("sub") == null) {
            throw new ProblemException(ProblemKind.UNAUTHENTICATED, "A bearer token is required");
        }
        Identity identity = new Identity(claims.get("sub"), claims.get(workspaceClaim));
        return () -> Optional.of(identity);
    }
}
