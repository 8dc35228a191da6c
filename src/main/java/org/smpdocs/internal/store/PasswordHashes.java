package org.smpdocs.internal.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (BouncyCastle), written as PHC strings,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard Base64): a random
 * 16-byte salt and a 32-byte hash with OWASP's recommended parameters for Argon2id (19 MiB of
 * memory, 2 passes, 1 lane). Verification reads the parameters from the stored string, so they can
 * be raised later ({@link #needsRehash}) without locking anyone out, and compares in constant time.
 * Passwords are normalised (NFKC) first, so that the same password typed on two devices matches.
 * Thread-safe.
 */
public final class PasswordHashes {
    /** OWASP's recommended Argon2id memory, in KiB. */
    public static final int MEMORY_KIB = 19_456;
    /** OWASP's recommended Argon2id passes at that memory. */
    public static final int ITERATIONS = 2;
    /** OWASP's recommended Argon2id lanes. */
    public static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** Bounds for stored parameters, so that a damaged or forged hash cannot exhaust the machine. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    /** Letters and digits that cannot be mistaken for one another when read off a screen. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** With OWASP's recommended parameters. */
    public PasswordHashes() {
        this(MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /** With other parameters, for new hashes; verification always takes the stored ones. */
    public PasswordHashes(int memoryKiB, int iterations, int parallelism) {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                || memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** The PHC string of a new hash of {@code password}, with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code phc} was made from. False, never an exception, for
     * a string that is not an Argon2id PHC string within sane bounds.
     */
    public boolean verify(char[] password, String phc) {
        Optional<Stored> stored = Stored.parse(phc);
        if (stored.isEmpty()) {
            return false;
        }
        Stored s = stored.get();
        byte[] computed = derive(password, s.salt, s.memoryKiB, s.iterations, s.parallelism, s.hash.length);
        return MessageDigest.isEqual(computed, s.hash);
    }

    /**
     * Spends the time of one verification and returns false: for a login with an unknown user name,
     * so that its answer takes as long as a wrong password's.
     */
    public boolean verifyNone(char[] password) {
        derive(password, new byte[SALT_BYTES], memoryKiB, iterations, parallelism, HASH_BYTES);
        return false;
    }

    /** Whether {@code phc} was made with weaker parameters than these (or cannot be read). */
    public boolean needsRehash(String phc) {
        return Stored.parse(phc).map(s -> s.memoryKiB < memoryKiB || s.iterations < iterations
                || s.parallelism < parallelism || s.hash.length < HASH_BYTES || s.salt.length < SALT_BYTES).orElse(true);
    }

    /**
     * A random password to hand out once (the first administrator's, a reset): four groups of five
     * characters from 31 that are not mistaken for one another, about 99 bits.
     */
    public String oneTimePassword() {
        StringBuilder b = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                b.append('-');
            }
            b.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return b.toString();
    }

    static byte[] derive(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] secret = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        return out;
    }

    private static byte[] utf8(char[] password) {
        boolean ascii = true;
        for (char c : password) {
            ascii &= c < 0x80;
        }
        CharBuffer chars = ascii ? CharBuffer.wrap(password)
                : CharBuffer.wrap(Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC));
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(chars);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    /** A parsed PHC string. */
    private record Stored(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Optional<Stored> parse(String phc) {
            if (phc == null) {
                return Optional.empty();
            }
            Matcher m = PHC.matcher(phc);
            if (!m.matches()) {
                return Optional.empty();
            }
            int memory = Integer.parseInt(m.group(1));
            int iterations = Integer.parseInt(m.group(2));
            int parallelism = Integer.parseInt(m.group(3));
            if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                    || memory < 8 * parallelism || memory > MAX_MEMORY_KIB) {
                return Optional.empty();
            }
            try {
                byte[] salt = Base64.getDecoder().decode(m.group(4));
                byte[] hash = Base64.getDecoder().decode(m.group(5));
                // one encoding per value: a string whose unused bits were changed is not the stored one
                Base64.Encoder canonical = Base64.getEncoder().withoutPadding();
                if (salt.length < 8 || hash.length < 16 || !canonical.encodeToString(salt).equals(m.group(4))
                        || !canonical.encodeToString(hash).equals(m.group(5))) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(memory, iterations, parallelism, salt, hash));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
