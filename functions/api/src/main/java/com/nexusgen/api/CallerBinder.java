package com.nexusgen.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Workspaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventServletRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/**
 * Gives controllers a {@link Caller}. API Gateway's JWT authorizer has already verified the token
 * and put its claims in {@code requestContext.authorizer.jwt.claims}; this reads the subject and the
 * workspace claim and looks the membership up, so the role is always the table's current one.
 */
@Singleton
class CallerBinder implements TypedRequestArgumentBinder<Caller> {
    private final Workspaces workspaces;
    private final String workspaceClaim;

    CallerBinder(Workspaces workspaces, @Value("${nexusgen.auth.workspace-claim:workspace}") String workspaceClaim) {
        this.workspaces = workspaces;
        this.workspaceClaim = workspaceClaim;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Map<String, String> claims = claims(source);
        if (claims == null || claims.get("sub") == null) {
            // Only reachable when a route lacks the authorizer: fail closed.
            throw new ProblemException(ProblemKind.UNAUTHENTICATED, "A bearer token is required");
        }
        Caller caller = workspaces.resolveCaller(claims.get("sub"), claims.get(workspaceClaim));
        return () -> Optional.of(caller);
    }

    static Map<String, String> claims(HttpRequest<?> source) {
        if (!(source instanceof APIGatewayV2HTTPEventServletRequest request)) {
            return null;
        }
        APIGatewayV2HTTPEvent event = (APIGatewayV2HTTPEvent) request.getNativeRequest();
        if (event.getRequestContext() == null || event.getRequestContext().getAuthorizer() == null
                || event.getRequestContext().getAuthorizer().getJwt() == null) {
            return null;
        }
        return event.getRequestContext().getAuthorizer().getJwt().getClaims();
    }
}
