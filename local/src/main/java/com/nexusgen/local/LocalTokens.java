package com.nexusgen.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local identity provider: signs RS256 access tokens shaped like Cognito's, with the key kept
 * in the data folder so tokens survive a restart. Only the local platform has it; in AWS the
 * template's issuer (a Cognito user pool) signs tokens.
 */
public final class LocalTokens {
    private final RSAKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    private LocalTokens(RSAKey key, String issuer, String audience, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** Loads the signing key from {@code keyFile} (or creates it there); null keeps it in memory. */
    public static LocalTokens create(Path keyFile, String issuer, String audience, Clock clock) {
        try {
            RSAKey key = null;
            if (keyFile != null && Files.exists(keyFile)) {
                key = RSAKey.parse(Files.readString(keyFile));
            }
            if (key == null) {
                key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
                if (keyFile != null) {
                    Files.createDirectories(keyFile.getParent());
                    Files.writeString(keyFile, key.toJSONString());
                }
            }
            return new LocalTokens(key, issuer, audience, clock);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("cannot create the local signing key " + keyFile, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    /** An access token for {@code sub} in {@code workspace}, valid for {@code ttl}. */
    public String issue(String sub, String workspace, String workspaceClaim, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(sub)
                .audience(audience)
                .claim("client_id", audience)
                .claim("token_use", "access")
                .claim("scope", "openid")
                .claim(workspaceClaim, workspace)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    /**
     * Verifies a token as API Gateway's JWT authorizer does: signature against the issuer's keys,
     * {@code iss}, {@code aud} (or {@code client_id} for access tokens without aud), {@code exp}, {@code nbf}.
     */
    public Optional<JWTClaimsSet> verify(String token, List<String> audiences) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (!issuer.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                    || !claims.getExpirationTime().toInstant().isAfter(now)
                    || (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().isAfter(now))) {
                return Optional.empty();
            }
            List<String> aud = claims.getAudience();
            Object clientId = claims.getClaim("client_id");
            boolean audienceOk = (aud != null && aud.stream().anyMatch(audiences::contains))
                    || ((aud == null || aud.isEmpty()) && clientId != null && audiences.contains(clientId.toString()));
            return audienceOk ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
