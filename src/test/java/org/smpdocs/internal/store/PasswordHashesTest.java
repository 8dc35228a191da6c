package org.smpdocs.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private final PasswordHashes hashes = new PasswordHashes();

    @Test
    void aHashIsAnArgon2idPhcStringWithOwaspsParametersASixteenByteSaltAndAThirtyTwoByteHash() {
        String phc = hashes.hash("correct horse battery staple".toCharArray());
        Matcher m = PHC.matcher(phc);
        assertTrue(m.matches(), phc);
        assertEquals(16, Base64.getDecoder().decode(m.group(1)).length);
        assertEquals(32, Base64.getDecoder().decode(m.group(2)).length);
        // unpadded Base64: 16 bytes in 22 characters, 32 in 43
        assertEquals(22, m.group(1).length());
        assertEquals(43, m.group(2).length());
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String phc = hashes.hash("correct horse battery staple".toCharArray());
        assertTrue(hashes.verify("correct horse battery staple".toCharArray(), phc));
        assertFalse(hashes.verify("correct horse battery stapler".toCharArray(), phc));
        assertFalse(hashes.verify("Correct horse battery staple".toCharArray(), phc));
        assertFalse(hashes.verify(new char[0], phc));
    }

    @Test
    void twoHashesOfOnePasswordDifferInSaltAndHash() {
        Set<String> salts = new HashSet<>();
        Set<String> hashed = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Matcher m = PHC.matcher(hashes.hash("same password".toCharArray()));
            assertTrue(m.matches());
            salts.add(m.group(1));
            hashed.add(m.group(2));
        }
        assertEquals(3, salts.size());
        assertEquals(3, hashed.size());
    }

    @Test
    void matchesTheReferenceImplementationsKnownAnswer() {
        // phc-winner-argon2's test vector: "password", salt "somesalt", m=64 MiB, t=2, p=1
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hashes.verify("password".toCharArray(), reference));
        assertFalse(hashes.verify("passwore".toCharArray(), reference));
    }

    @Test
    void bouncyCastlesGeneratorGivesRfc9106sArgon2idTestVector() {
        // RFC 9106, 5.3: password 32 x 01, salt 16 x 02, secret 8 x 03, associated data 12 x 04,
        // 32 KiB, 3 passes, 4 lanes, 32-byte tag
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(filled(16, 2)).withSecret(filled(8, 3))
                .withAdditional(filled(12, 4)).withMemoryAsKB(32).withIterations(3).withParallelism(4).build());
        byte[] tag = new byte[32];
        generator.generateBytes(filled(32, 1), tag);
        assertArrayEquals(HexFormat.of().parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"), tag);
    }

    @Test
    void theParametersAreReadFromTheStoredStringSoThatTheyCanBeRaisedLater() {
        PasswordHashes light = new PasswordHashes(64, 1, 1);
        String old = light.hash("kept password".toCharArray());
        assertTrue(old.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), old);
        assertTrue(hashes.verify("kept password".toCharArray(), old), "verified with the stored parameters");
        assertTrue(hashes.needsRehash(old));
        assertFalse(hashes.needsRehash(hashes.hash("kept password".toCharArray())));
        assertFalse(light.needsRehash(old));
    }

    @Test
    void aTamperedOrMalformedHashIsRefusedNeverThrown() {
        char[] password = "correct horse battery staple".toCharArray();
        String phc = hashes.hash(password);
        int hashStart = phc.lastIndexOf('$') + 1;
        String tamperedHash = flip(phc, hashStart + 10);
        String tamperedSalt = flip(phc, phc.lastIndexOf('$', hashStart - 2) + 5);
        for (String bad : new String[] {tamperedHash, tamperedSalt, phc.replace("t=2", "t=1"), phc.replace("m=19456", "m=19457"),
                phc.replace("argon2id", "argon2i"), phc.replace("v=19", "v=16"), phc.substring(0, phc.length() - 4),
                phc + "A", phc.replace("m=19456", "m=99999999"), phc.replace("p=1", "p=0"), "", "plain text",
                "$argon2id$v=19$m=19456,t=2,p=1$$", null}) {
            assertFalse(hashes.verify(password, bad), String.valueOf(bad));
        }
        assertTrue(hashes.verify(password, phc));
    }

    @Test
    void theLastCharacterOfTheHashCountsEvenWhereItsLowBitsAreUnused() {
        // 32 bytes are 43 Base64 characters whose last carries 4 bits; one of its siblings differs
        // only in the 2 unused bits and decodes to the same bytes: it is not the stored string
        char[] password = "p".toCharArray();
        String phc = hashes.hash(password);
        char last = phc.charAt(phc.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int index = alphabet.indexOf(last);
        String sibling = phc.substring(0, phc.length() - 1) + alphabet.charAt(index ^ 1);
        assertArrayEquals(Base64.getDecoder().decode(phc.substring(phc.lastIndexOf('$') + 1)),
                Base64.getDecoder().decode(sibling.substring(sibling.lastIndexOf('$') + 1)));
        assertFalse(hashes.verify(password, sibling));
    }

    @Test
    void aPasswordTypedComposedOrDecomposedIsTheSame() {
        String composed = "Se\u00e1n-p\u00e4ss";
        String decomposed = "Sea\u0301n-pa\u0308ss";
        assertNotEquals(composed, decomposed);
        String phc = hashes.hash(composed.toCharArray());
        assertTrue(hashes.verify(decomposed.toCharArray(), phc));
    }

    @Test
    void verifyingNoHashTakesItsTimeAndSaysNo() {
        assertFalse(hashes.verifyNone("anything".toCharArray()));
    }

    @Test
    void oneTimePasswordsAreFourGroupsOfFiveUnambiguousCharactersAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = hashes.oneTimePassword();
            assertTrue(p.matches("[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}"), p);
            assertTrue(seen.add(p), p);
        }
    }

    private static String flip(String s, int at) {
        char c = s.charAt(at);
        return s.substring(0, at) + (c == 'A' ? 'B' : 'A') + s.substring(at + 1);
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }
}
