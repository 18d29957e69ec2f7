package cn.cq.police.idcard.security.boundary;

import jakarta.security.enterprise.credential.Credential;

/**
 * Both factors of a login checked, by LoginBacking and SecondStepBacking: handed to
 * SecurityContext.authenticate only by them, and validated by VerifiedLoginStore, which adds the
 * groups. It is made only in this package's code, never from anything a request carries.
 */
record VerifiedLogin(String username) implements Credential {}
